import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/api/client';
import { sendAgainWhileUnreachable } from '../../../renderer/api/send-again';

const unreachable = () => new ApiCallError({ code: 'host-unreachable', message: 'The app cannot be reached' });

describe('a write sent again while the host cannot be reached', () => {
  it('is the very same write, sent until the host answers', async () => {
    const sent: string[] = [];
    const answer = await sendAgainWhileUnreachable(async () => {
      sent.push('click-0001');
      if (sent.length < 3) throw unreachable();
      return 'stored';
    }, [0, 0, 0, 0]);
    expect(answer).toBe('stored');
    expect(sent).toEqual(['click-0001', 'click-0001', 'click-0001']);
  });

  it('stops at a refusal, and gives up with the last failure after its pauses', async () => {
    let refusals = 0;
    const refused = sendAgainWhileUnreachable(async () => {
      refusals += 1;
      throw new ApiCallError({ code: 'vote-refused', message: 'No dots left' });
    }, [0, 0]);
    await expect(refused).rejects.toThrow('No dots left');
    expect(refusals).toBe(1);

    let tries = 0;
    const gone = sendAgainWhileUnreachable(async () => {
      tries += 1;
      throw unreachable();
    }, [0, 0]);
    await expect(gone).rejects.toThrow('cannot be reached');
    expect(tries).toBe(3);
  });
});
