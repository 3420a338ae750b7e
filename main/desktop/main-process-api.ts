import type { ApiInput, ApiOutput, Channel, VswApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';

/**
 * The API as the main process itself calls it (opening a file the system handed over, listing
 * recent workshops for the menu): the same dispatcher the windows call, so every input is
 * validated and every answer is a result value, typed by the contract's table.
 */
export function mainProcessApi(dispatch: Dispatch): VswApi {
  return {
    invoke<C extends Channel>(channel: C, input: ApiInput<C>) {
      // The dispatcher runs the handler table, whose handler for a channel answers that channel's output.
      return dispatch(channel, input) as Promise<ApiResult<ApiOutput<C>>>;
    },
  };
}
