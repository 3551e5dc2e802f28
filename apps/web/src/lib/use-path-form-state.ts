import { useCallback, useMemo, useState } from 'react';

/** Messages keyed by the server's field paths (`name`, `address.city`, `licenses[1].validUntil`). */
export type PathErrors = Record<string, string | undefined>;

/** True when `path` is `parent` itself or lies below it (`licenses` covers `licenses[0].number`). */
const isWithin = (path: string, parent: string): boolean =>
  path === parent || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);

export type PathFormState<T> = {
  values: T;
  /** Applies an edit; server messages at or below `path` go, since they may no longer hold. */
  update: (path: string, edit: (previous: T) => T) => void;
  touch: (path: string) => void;
  errorOf: (path: string) => string | undefined;
  /** Client problems that block sending, counted once submit was tried. */
  blockingCount: number;
  trySubmit: () => boolean;
  setServerErrors: (errors: PathErrors) => void;
};

/**
 * Like `useFormState`, for nested values: client checks appear once a field was left (or submit
 * was tried) and then follow every keystroke; server errors stay until their field is edited.
 * Values are never reset on an error, so nothing typed is lost.
 */
export const usePathFormState = <T>(
  initial: T,
  validate: (values: T) => PathErrors,
): PathFormState<T> => {
  const [values, setValues] = useState<T>(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<PathErrors>({});

  const clientErrors = useMemo(() => validate(values), [validate, values]);
  const blocking = Object.values(clientErrors).filter(Boolean).length;

  const update = useCallback((path: string, edit: (previous: T) => T) => {
    setValues(edit);
    setServerErrors((previous) =>
      Object.fromEntries(Object.entries(previous).filter(([key]) => !isWithin(key, path))),
    );
  }, []);

  const touch = useCallback((path: string) => {
    setTouched((previous) => (previous[path] ? previous : { ...previous, [path]: true }));
  }, []);

  const errorOf = (path: string): string | undefined =>
    serverErrors[path] ?? (submitted || touched[path] ? clientErrors[path] : undefined);

  const trySubmit = (): boolean => {
    setSubmitted(true);
    return blocking === 0;
  };

  return {
    values,
    update,
    touch,
    errorOf,
    blockingCount: submitted ? blocking : 0,
    trySubmit,
    setServerErrors,
  };
};
