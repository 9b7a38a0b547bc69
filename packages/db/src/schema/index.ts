/** Every table of the Certa database; drizzle-kit generates the migrations from this module. */
export { instanceSetting } from './instance.ts';
