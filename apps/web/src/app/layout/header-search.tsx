import { TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Finds a customer from anywhere: Enter opens the customer list with the search filled in. */
export const HeaderSearch = () => {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const [text, setText] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) return;
    void navigate(`/customers?q=${encodeURIComponent(q)}`);
    setText('');
  };

  return (
    <form onSubmit={submit} role="search">
      <TextInput
        aria-label={t('header.searchLabel')}
        placeholder={t('header.searchPlaceholder')}
        type="search"
        w={360}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
    </form>
  );
};
