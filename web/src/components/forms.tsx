// The form kit every page uses, after the GOV.UK Design System: one import for fields, buttons, the error
// summary, the API-error hook and the content components that go with forms.
export { ErrorSummary, type FieldErrorItem } from './error-summary';
export { TextInput, type TextInputProps } from './text-input';
export { TextArea, type TextAreaProps } from './text-area';
export { Radios, type RadioOption, type RadiosProps } from './radios';
export { Checkbox, Checkboxes, type CheckboxProps, type CheckboxesProps } from './checkboxes';
export { Select, type SelectProps } from './select';
export { Button, type ButtonProps } from './button';
export { useFieldErrors, fieldErrorsOf, type FieldErrors } from './use-field-errors';
export { useForm, type BoundField, type FormState, type ShownErrors, type UseFormOptions } from './use-form';
export { SummaryList, type SummaryListRow } from './summary-list';
export { ConfirmationPanel, InsetText, WarningText } from './content-blocks';
export { BackLink, Pagination } from './navigation-links';
export { StatusMessage } from './status-message';
