import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderProblemAlert } from './order-problem-alert';

type ConfirmActionModalProps = {
  title: string;
  /** What will happen, in plain words, before anyone clicks. */
  body: string;
  confirmLabel: string;
  color?: string;
  /** Offers an optional note (kept with the order). */
  noteLabel?: string;
  pending: boolean;
  /** The last failed attempt, shown inside so the note typed here is not lost. */
  error?: unknown;
  onConfirm: (note: string) => void;
  onClose: () => void;
};

/** Asks once, says what happens, and keeps a typed note if the request fails. */
export const ConfirmActionModal = ({
  title,
  body,
  confirmLabel,
  color,
  noteLabel,
  pending,
  error = null,
  onConfirm,
  onClose,
}: ConfirmActionModalProps) => {
  const { t } = useTranslation('common');
  const [note, setNote] = useState('');
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <Stack gap="md">
        <Text size="sm">{body}</Text>
        {error !== null && <OrderProblemAlert error={error} />}
        {noteLabel && (
          <Textarea
            label={noteLabel}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.back')}
          </Button>
          <Button color={color} loading={pending} onClick={() => onConfirm(note)} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
