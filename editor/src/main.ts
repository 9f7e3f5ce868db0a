/**
 * The editor's entry point. Sets the page's language (French unless `?lang=` asks for another we have),
 * gives Blockly its own words and our blocks in that language, then puts the app in the page: blocks
 * must be registered before the workspace is created and restored.
 */
import * as Blockly from 'blockly/core';
import * as BlocklyFr from 'blockly/msg/fr';
import { isLanguage } from '../../program/src/i18n.ts';
import { registerBlocks } from './blocks/register.ts';
import { pageLanguage, t } from './i18n/index.ts';

async function start(): Promise<void> {
  const requested = new URLSearchParams(location.search).get('lang');
  if (isLanguage(requested)) document.documentElement.lang = requested;
  const lang = pageLanguage();
  // Only French ships in the main bundle; another language's Blockly words load when asked for.
  Blockly.setLocale(textsOf(lang === 'en' ? await import('blockly/msg/en') : BlocklyFr));
  registerBlocks(lang);
  document.title = t('app.title');
  await import('./app/atelier-app.ts');
  document.body.append(document.createElement('atelier-app'));
}

/** The texts of a Blockly language module (its type also lists a `default` that is not text). */
function textsOf(module: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(module).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

start().catch((error: unknown) => {
  console.error('the editor could not start', error);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `Atelier Robots n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`;
  document.body.append(message);
});
