// What the forms of the manage-member page share: the page shows one error summary for all of them (so it owns
// the errors and reads the API's refusals once), disables every button while any of them is sending, and clears
// the last outcome when a form is sent again.
import type { UseFormOptions } from '../../components/forms';

export interface MemberPageForms {
  /** Passed on to each form's useForm: the page's errors (`fieldErrors`) and how it reads a refusal. */
  formOptions: Pick<UseFormOptions<object>, 'fieldErrors' | 'readErrors' | 'onError'>;
  /** True while any form of the page is sending. */
  busy: boolean;
  /** A form is being sent: the last outcome and problem go. */
  onStart: () => void;
}
