export { type Redaction, type RedactOptions, redact } from './redact';
