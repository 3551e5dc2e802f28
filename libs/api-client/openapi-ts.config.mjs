// Generates the typed fetch client and TanStack Query helpers from the committed OpenAPI document.
export default {
  input: 'libs/api-client/openapi.json',
  output: { path: 'libs/api-client/src/generated', postProcess: ['prettier'] },
  plugins: [
    '@hey-api/client-fetch',
    '@hey-api/typescript',
    '@hey-api/sdk',
    '@tanstack/react-query',
  ],
};
