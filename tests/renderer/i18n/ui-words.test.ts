import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/catalogues/en';
import { followUiLanguage, uiText } from '../../../renderer/ui-text/ui-text';
import { ACTION_IDS, actionLabel, actionSpec, keysText, shortcutSheet, tooltip } from '../../../renderer/map-actions/registry';
import { saveStatusText } from '../../../renderer/map/SaveIndicator';

/**
 * Words made outside components (the action registry, the save state) follow the app's language
 * as the screens do: English as the registry writes it, German once the app speaks German, with
 * the keyboard's own key names. Every action of the registry has its words in the catalogue.
 */
afterEach(() => followUiLanguage('en', 'en'));

describe('the words of the map screen outside its components', () => {
  it('name every action of the registry from the catalogue, in English as the registry does', () => {
    for (const id of ACTION_IDS) {
      expect(Object.keys(en.mapActions.actions), id).toContain(id);
      expect(actionLabel(id)).toBe(actionSpec(id).label);
    }
    expect(tooltip('undo')).toBe('Undo (Ctrl+Z)');
  });

  it('speak German once the app does: action names, key names, the shortcut sheet and the save state', () => {
    followUiLanguage('de', 'de-DE');
    expect(actionLabel('undo')).toBe('Rückgängig');
    expect(tooltip('redo')).toBe('Wiederholen (Strg+Umschalt+Z)');
    expect(keysText('Delete')).toBe('Entf');
    expect(shortcutSheet()[0]?.title).toBe('Hinzufügen');
    expect(saveStatusText({ state: 'saved' })).toBe('Alles gespeichert');
    expect(uiText('map:timeline.toCheck', { count: 1_700 })).toBe('⚠ 1.700 zu prüfen');
  });

  it('leave a key that is no word alone, whatever the language', () => {
    followUiLanguage('fr', 'fr-FR');
    expect(keysText('Alt+Shift+L')).toBe('Alt+Maj+L');
    expect(keysText('?')).toBe('?');
  });
});
