/** Acting as a person would in UI tests: real key presses and selections through user-event. */
import { userEvent } from '@testing-library/user-event';

/** Clears a text box and types `text` into it key by key. */
export async function retype(element: Element, text: string): Promise<void> {
  const user = userEvent.setup();
  await user.clear(element);
  // user-event reads { and [ as key names; doubled, they are typed as themselves.
  if (text) await user.type(element, text.replace(/[{[]/g, '$&$&'));
}

/** Chooses the option with this value in a select, as a person would. */
export async function choose(select: Element, value: string): Promise<void> {
  await userEvent.setup().selectOptions(select, value);
}
