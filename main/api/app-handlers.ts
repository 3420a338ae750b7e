import type { DomainHandlers } from '../../shared/api/contract';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

/** What only the host can do outside the page: the projector window and the clipboard. */
export function createAppHandlers({ db, host }: ApiServices): DomainHandlers<'app'> {
  return {
    'app.openProjector': ({ workshopId }) => host.openProjector(requireWorkshop(db(), workshopId)),
    'app.copyImage': ({ pngBase64 }) => host.copyImage(Buffer.from(pngBase64, 'base64')),
  };
}
