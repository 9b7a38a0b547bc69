import { AreaIntro } from '../../components/area-intro.tsx';

/** The organisation settings page. */
export function SettingsPage() {
  return (
    <AreaIntro
      title="Settings"
      purpose="Configure your organisation in Certa: its name, the scope of the ISMS, members and their roles."
      source="Settings are usually filled in once, when you set up the organisation, and revisited when the ISMS scope changes."
      comingNext="organisation details, ISMS scope, members and roles, and personal API tokens for the command line."
    />
  );
}
