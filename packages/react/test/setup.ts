import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// These pages are large: on a busy machine, give findBy… and waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);
