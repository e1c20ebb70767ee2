import { useCallback, useEffect, useState } from 'react';
import { localToday, mondayOf } from './week.ts';

/** The week in the address (`?week=YYYY-MM-DD`, any day of it), else this week: its Monday. */
function weekFromLocation(): string {
  const asked = new URLSearchParams(window.location.search).get('week');
  return (asked && mondayOf(asked)) || mondayOf(localToday())!;
}

/** The week shown, kept in the address so that a week can be linked to and Back goes to the last one. */
export function useWeek(): [string, (week: string) => void] {
  const [week, setWeek] = useState(weekFromLocation);
  useEffect(() => {
    const onPopState = () => setWeek(weekFromLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const choose = useCallback((day: string) => {
    const monday = mondayOf(day);
    if (!monday) return;
    const url = new URL(window.location.href);
    url.searchParams.set('week', monday);
    window.history.pushState(null, '', url);
    setWeek(monday);
  }, []);
  return [week, choose];
}
