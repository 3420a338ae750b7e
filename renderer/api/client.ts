import { uiText } from '../ui-text/ui-text';
import type { ApiInput, ApiOutput, Channel, VswApi } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import type { FeedBridge } from '../../shared/sync/map-feed';
import { createHttpApi } from './http-api';
import { createHttpFeed } from './http-feed';
import { shareFeedAcrossTabs } from './shared-feed';
import { currentToken, followNewTokens, takeTokenFromAddress } from './session-token';

declare global {
  interface Window {
    /** Exposed by the Electron preload script, with the live feed's subscribe; absent in the browser host. */
    vsw?: VswApi & Partial<FeedBridge>;
  }
}

export class ApiCallError extends Error {
  override name = 'ApiCallError';
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export type ApiConnection = { api: VswApi; feed: FeedBridge | null } | { api: null; problem: string };

/** The preload's API and feed in Electron; the HTTP transports with this tab's token in the browser host, one feed connection shared by its tabs. */
export function connectApi(): ApiConnection {
  const bridge = window.vsw;
  if (bridge) return { api: bridge, feed: bridge.subscribe ? { subscribe: bridge.subscribe } : null };
  const token = takeTokenFromAddress();
  followNewTokens();
  if (token) return { api: createHttpApi(currentToken), feed: shareFeedAcrossTabs(createHttpFeed(currentToken), 'vsw-live-feed') };
  return {
    api: null,
    problem: uiText('app:needsAddress'),
  };
}

let connection: ApiConnection | null = null;

export function getConnection(): ApiConnection {
  connection ??= connectApi();
  return connection;
}

/** Calls the API and returns the value, or throws an ApiCallError whose message a user can read. */
export async function call<C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const current = getConnection();
  if (!current.api) throw new ApiCallError({ code: 'forbidden', message: current.problem });
  const result = await current.api.invoke(channel, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/** The live feed of other windows' committed changes, where the host offers one. */
export function getFeed(): FeedBridge | null {
  const current = getConnection();
  return current.api ? current.feed : null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
