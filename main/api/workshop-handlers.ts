import type { DomainHandlers } from '../../shared/api/contract';
import { inLanguage, refusalLanguage } from '../../shared/i18n/refusals';
import { exportWorkshopFile } from '../export/export-workshop-file';
import { importText } from '../export/import-text';
import { createWorkshop, deleteWorkshop, duplicateWorkshop, getWorkshopOverview, listWorkshops, updateWorkshop } from '../store/workshop-repository';
import type { ApiServices } from './api-services';

/** Workshops, and a workshop as a file; picking the file to import is the host's (a dialog, or the page). */
export function createWorkshopHandlers({
  db,
  clock,
  host,
  importer = (text) => importText(db(), text, clock),
}: ApiServices): DomainHandlers<'workshop'> {
  return {
    'workshop.list': () => listWorkshops(db()),
    'workshop.create': (details) => createWorkshop(db(), details, clock),
    'workshop.get': ({ id }) => getWorkshopOverview(db(), id),
    'workshop.update': ({ id, ...patch }) => updateWorkshop(db(), id, patch, clock),
    'workshop.duplicate': ({ id }) => duplicateWorkshop(db(), id, clock),
    'workshop.delete': ({ id }) => deleteWorkshop(db(), id),
    'workshop.exportFile': ({ id }) => exportWorkshopFile(db(), id, clock),
    'workshop.importFile': async ({ text }) => {
      if (text !== undefined) return importer(text);
      // The file is read after the dialog closes, when the request's language is no longer in force.
      const language = refusalLanguage();
      const chosen = await host.files.chooseImport();
      if (chosen.chosenBy === 'page') return { status: 'choose-in-page' };
      if (chosen.chosenBy === 'nobody') return { status: 'cancelled' };
      return inLanguage(language, () => importer(chosen.text));
    },
  };
}
