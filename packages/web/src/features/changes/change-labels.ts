import type { IsmsChangeView } from '@certa/client';

/** What each category of change is called on screen. */
export const changeCategoryLabels: Record<IsmsChangeView['category'], string> = {
  acquisition: 'Acquisition or merger',
  new_technology: 'New technology or cloud service',
  new_supplier: 'New supplier',
  reorganisation: 'Reorganisation',
  new_law: 'New law or regulation',
  new_contract: 'New contract',
  relocation: 'Move of premises or hosting',
  incident: 'Significant incident',
  other: 'Other',
};
