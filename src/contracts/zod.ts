import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// `.openapi()` names a schema as an OpenAPI component. It lives on zod's prototype, so it is added once, here,
// and every contract file imports `z` from this file to be sure it ran first.
extendZodWithOpenApi(z);

export { z };
