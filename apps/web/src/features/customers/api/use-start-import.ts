import { importCustomersMutation } from '@bei-hub/api-client';
import { useMutation } from '@tanstack/react-query';

export const useStartImport = () => useMutation(importCustomersMutation());
