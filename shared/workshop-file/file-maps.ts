import type { MapDocument } from '../model/vsm-map';
import type { FileMap, WorkshopFile } from './workshop-file-schema';

/** A map of the file as the engine and the canvas take it: the parts the file leaves out are implied by it. */
export function mapDocumentOf(file: Pick<WorkshopFile, 'workshop'>, map: FileMap): MapDocument {
  const { nodes, connectors, futureStateAnswers: _answers, ...meta } = map;
  return { map: { ...meta, workshopId: file.workshop.id, revision: 0 }, nodes, connectors };
}

export function mapDocumentsOf(file: Pick<WorkshopFile, 'workshop' | 'maps'>): MapDocument[] {
  return file.maps.map((map) => mapDocumentOf(file, map));
}
