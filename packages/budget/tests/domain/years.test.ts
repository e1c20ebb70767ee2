import { describe, expect, it } from 'vitest';
import { yearRefusal } from '../../src/domain/years.ts';

describe('years', () => {
  it('accepts 2015 to 2100 and names the field otherwise', () => {
    expect(yearRefusal(2015)).toBeNull();
    expect(yearRefusal(2100)).toBeNull();
    expect(yearRefusal(2014)).toMatchObject({ field: 'year' });
    expect(yearRefusal(2101, 'fromYear')).toMatchObject({ field: 'fromYear' });
  });
});
