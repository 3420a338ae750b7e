import { MapSettingsSchema, type MapMeta, type MapState } from '../../shared/model/vsm-map';
import { isLanguage } from '../../shared/i18n/languages';
import type { Workshop } from '../../shared/model/workshop';

/** Row shapes as SQLite returns them, and their conversion to domain types. */
export type WorkshopRow = {
  id: string;
  title: string;
  date: string;
  facilitator: string;
  language: string | null;
  created_at: string;
  updated_at: string;
};

export type MapRow = {
  id: string;
  workshop_id: string;
  position: number;
  name: string;
  state: MapState;
  derived_from_map_id: string | null;
  settings: string;
  revision: number;
  created_at: string;
  updated_at: string;
};

export function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    facilitator: row.facilitator,
    ...(row.language !== null && isLanguage(row.language) ? { language: row.language } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toMapMeta(row: MapRow): MapMeta {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    state: row.state,
    derivedFromMapId: row.derived_from_map_id,
    settings: MapSettingsSchema.parse(JSON.parse(row.settings)),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
