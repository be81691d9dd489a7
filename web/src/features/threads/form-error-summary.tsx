// The former name of the shared ErrorSummary (which now takes a field-less `problem` and its own title id),
// kept while the events pages still import it.
export { ErrorSummary as FormErrorSummary } from '../../components/error-summary';
