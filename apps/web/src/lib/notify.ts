import { notifications } from '@mantine/notifications';

export const notifyError = (title: string, message: string): void => {
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
};

export const notifySuccess = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
};
