import { useMatches } from 'react-router';
import type { Area } from '../features/auth/permissions';

/** Routes name the work area they belong to; the layout checks it against the user's roles. */
export type AreaHandle = { area: Area };

const isAreaHandle = (handle: unknown): handle is AreaHandle =>
  typeof handle === 'object' && handle !== null && 'area' in handle;

export const useCurrentArea = (): Area | null => {
  const matches = useMatches();
  const handles = matches.map((match) => match.handle).filter(isAreaHandle);
  return handles.at(-1)?.area ?? null;
};
