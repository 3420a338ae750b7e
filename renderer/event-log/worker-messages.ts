import type { ColumnMapping } from '../../shared/event-log/column-roles';
import type { MeasuredStream } from '../../shared/event-log/measured-stream';
import type { TimestampFormat } from '../../shared/event-log/timestamp-formats';
import type { LeadTimeDistribution } from '../../shared/model/event-log-source';
import type { Newline } from './csv-log';
import type { Language } from '../../shared/i18n/languages';

/**
 * What the page and the log worker say to each other. The file goes to the worker once; only
 * summaries come back, so the page stays small and responsive whatever the file's size.
 */
export type LogFormat = 'csv' | 'xes';

export type ReadRequest = {
  type: 'read';
  file: File;
  format: LogFormat;
  headers: string[];
  mapping: ColumnMapping;
  timestampFormat: TimestampFormat;
  delimiter: string;
  newline: Newline;
  /** The app's locale and language, which the worker's messages are written in. */
  locale: string;
  language: Language;
};

export type MeasureRequest = { type: 'measure'; kept: number[] };

export type WorkerRequest = ReadRequest | MeasureRequest;

export type ScreenActivity = { index: number; name: string; cases: number; passes: number };

export type ScreenVariant = { activities: number[]; cases: number };

/** The log as the variants step shows it; activities are referred to by `index`. */
export type ScreenOverview = {
  cases: number;
  events: number;
  firstTime: number;
  lastTime: number;
  ignoredTransitions: number;
  hasProcessTimes: boolean;
  activities: ScreenActivity[];
  variantCount: number;
  variants: ScreenVariant[];
  leadTime: LeadTimeDistribution;
  defaultKept: number[];
};

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'read-failed'; problems: string[] }
  | { type: 'overview'; overview: ScreenOverview }
  | { type: 'measured'; measured: MeasuredStream };
