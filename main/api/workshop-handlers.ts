import type { DomainHandlers } from '../../shared/api/contract';
import type { ImportOutcome } from '../../shared/api/workshop-contract';
import { readWorkshopFile } from '../../shared/workshop-file/read-workshop-file';
import { exportWorkshopFile } from '../export/export-workshop-file';
import { importWorkshopFile } from '../export/import-workshop-file';
import { InvalidFileError } from '../store/store-errors';
import { createWorkshop, deleteWorkshop, duplicateWorkshop, getWorkshopOverview, listWorkshops, updateWorkshop } from '../store/workshop-repository';
import type { ApiServices } from './api-services';

/** Workshops, and a workshop as a file; picking the file to import is the host's (a dialog, or the page). */
export function createWorkshopHandlers({ db, clock, host }: ApiServices): DomainHandlers<'workshop'> {
  function importText(text: string): ImportOutcome {
    const read = readWorkshopFile(text);
    if (!read.ok) throw new InvalidFileError(read.message, read.issues);
    const { overview, renamed } = importWorkshopFile(db(), read.file, clock);
    return { status: 'imported', overview, renamed, upgradedFrom: read.upgradedFrom };
  }

  return {
    'workshop.list': () => listWorkshops(db()),
    'workshop.create': (details) => createWorkshop(db(), details, clock),
    'workshop.get': ({ id }) => getWorkshopOverview(db(), id),
    'workshop.update': ({ id, ...patch }) => updateWorkshop(db(), id, patch, clock),
    'workshop.duplicate': ({ id }) => duplicateWorkshop(db(), id, clock),
    'workshop.delete': ({ id }) => deleteWorkshop(db(), id),
    'workshop.exportFile': ({ id }) => exportWorkshopFile(db(), id, clock),
    'workshop.importFile': async ({ text }) => {
      if (text !== undefined) return importText(text);
      const chosen = await host.files.chooseImport();
      if (chosen.chosenBy === 'page') return { status: 'choose-in-page' };
      if (chosen.chosenBy === 'nobody') return { status: 'cancelled' };
      return importText(chosen.text);
    },
  };
}
