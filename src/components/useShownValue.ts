import { useEffect, useRef } from 'react';

/**
 * A ref for a controlled `<select>` whose value the page must show even where it was hydrated from
 * HTML rendered for another value: React's hydration does not correct a select's selected option,
 * and the prerendered views are rendered for the system theme (the theme a link or a saved choice
 * forces is not part of a view), so a hydrated theme menu kept saying "System theme" under
 * `?theme=dark`.
 */
export function useShownValue(value: string) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  }, [value]);
  return ref;
}
