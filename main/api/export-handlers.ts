import type { DomainHandlers } from '../../shared/api/contract';
import type { FileContent } from '../../shared/api/export-contract';
import type { ApiServices } from './api-services';

function bytesOf(content: FileContent): Uint8Array {
  return content.encoding === 'utf8' ? Buffer.from(content.data, 'utf8') : Buffer.from(content.data, 'base64');
}

/** Saving a file where the host's save dialog said; the browser host leaves it to the page. */
export function createExportHandlers({ host }: ApiServices): DomainHandlers<'export'> {
  return {
    'export.chooseTarget': ({ suggestedName, format }) => host.files.chooseSaveTarget(suggestedName, format),
    'export.write': ({ ticket, content }) => host.files.write(ticket, bytesOf(content)),
    'export.openWritten': async ({ ticket }) => {
      await host.files.openWritten(ticket);
      return { opened: true };
    },
  };
}
