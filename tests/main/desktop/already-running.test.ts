import { describe, expect, it } from 'vitest';
import { heldFolderLanguage } from '../../../main/desktop/held-folder-language';
import { openAppServices } from '../../../main/services/app-services';
import { alreadyRunningTitle, describeHolder, lockDataFolder } from '../../../main/services/instance-lock';
import { useTempDir } from '../../support/temp-dir';

describe('a second start on a held data folder', () => {
  const tempDir = useTempDir();

  it('says who holds it in the language chosen in the settings, read without writing to the held database', async () => {
    const dataDir = tempDir();
    const services = openAppServices(dataDir, { host: { systemLocale: () => 'en-US' } });
    await services.started;
    const held = lockDataFolder(dataDir, 'desktop app');
    if (!held.ok) throw new Error('the first lock was refused');
    expect(heldFolderLanguage(dataDir, 'en-US')).toBe('en');
    await services.dispatch('settings.setLanguage', { language: 'de' });

    const second = lockDataFolder(dataDir, 'desktop app');
    if (second.ok) throw new Error('the second start took the held folder');
    const language = heldFolderLanguage(dataDir, 'en-US');
    expect(language).toBe('de');
    expect(alreadyRunningTitle(language)).toBe('Value Stream Workshop läuft bereits');
    expect(describeHolder(dataDir, second.holder, language)).toMatch(
      new RegExp(
        `^Value Stream Workshop läuft bereits mit dem Datenordner .+: Er wird von der Desktop-App \\(Prozess ${process.pid}, gestartet .+\\) gehalten\\.`,
      ),
    );
    expect(describeHolder(dataDir, null)).toBe(
      `Value Stream Workshop is already running on the data folder ${dataDir}: it is held by another copy of the app. Use that one, or stop it first; nothing was changed.`,
    );
    held.lock.release();
    await services.close();
  });

  it('follows the system’s language when there is no database to read yet', () => {
    expect(heldFolderLanguage(tempDir(), 'fr-CA')).toBe('fr');
  });
});
