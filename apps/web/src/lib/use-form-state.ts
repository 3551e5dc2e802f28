import { useCallback, useMemo, useState } from 'react';

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

/**
 * Form values with client checks that appear once a field was left (or submit was tried) and
 * then follow every keystroke, plus server field errors that stay until that field is edited.
 * Values are never reset on an error, so nothing typed is lost.
 */
export const useFormState = <T extends Record<string, unknown>>(
  initial: T,
  validate: (values: T) => FieldErrors<T>,
) => {
  const [values, setValues] = useState<T>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof T, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors<T>>({});

  const clientErrors = useMemo(() => validate(values), [validate, values]);

  const setValue = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setServerErrors((previous) => ({ ...previous, [field]: undefined }));
  }, []);

  const touch = useCallback((field: keyof T) => {
    setTouched((previous) => ({ ...previous, [field]: true }));
  }, []);

  const errorOf = (field: keyof T): string | undefined =>
    serverErrors[field] ?? (submitted || touched[field] ? clientErrors[field] : undefined);

  /** Marks the attempt; true when the client checks pass and the request may go. */
  const trySubmit = (): boolean => {
    setSubmitted(true);
    return Object.values(clientErrors).every((message) => !message);
  };

  return { values, setValue, touch, errorOf, trySubmit, setServerErrors };
};
