import { NotFoundError } from '@mienskip/kit/rules';
import { describe, expect, it } from 'vitest';
import { planWorker, type WorkerInput } from '../../src/domain/worker.ts';

const INPUT: WorkerInput = { name: ' Test Worker ', role: 'BEHEERDER', organisationId: 'org-vol' };

describe('planWorker', () => {
  it('registers a worker with a trimmed name and no rooms', () => {
    expect(planWorker(INPUT, [])).toEqual({
      name: 'Test Worker',
      role: 'BEHEERDER',
      organisationId: 'org-vol',
      roomIds: [],
    });
  });

  it('links each known room once', () => {
    expect(
      planWorker({ ...INPUT, roomIds: ['room-a', 'room-b', 'room-a'] }, ['room-b', 'room-a']),
    ).toMatchObject({ roomIds: ['room-a', 'room-b'] });
  });

  it('refuses an empty name', () => {
    expect(planWorker({ ...INPUT, name: ' ' }, [])).toMatchObject({ name: 'ValidationError', field: 'name' });
  });

  it('refuses the first unknown room', () => {
    expect(planWorker({ ...INPUT, roomIds: ['room-a', 'room-nope', 'room-gone'] }, ['room-a'])).toEqual(
      new NotFoundError('Room', 'room-nope'),
    );
  });

  it('refuses an empty name before an unknown room', () => {
    expect(planWorker({ ...INPUT, name: '', roomIds: ['room-nope'] }, [])).toMatchObject({ field: 'name' });
  });
});
