import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { LimitedText } from '../../../src/ui/notes/LimitedText';

function Box({ max, start = '' }: { max: number; start?: string }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <label for="box">Notes</label>
      <LimitedText id="box" rows={3} max={max} value={value} onText={setValue} />
    </>
  );
}

describe('LimitedText', () => {
  it('shows the room left from 90 % of the limit, politely', async () => {
    render(<Box max={20} start={'x'.repeat(17)} />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(screen.queryByText(/characters? left/)).toBeNull();
    await userEvent.type(box, 'y');
    const count = screen.getByText('2 characters left (the limit is 20).');
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(box.getAttribute('aria-describedby')).toContain(count.id);
  });

  it('keeps what fits of a paste over the limit and offers the rest to copy', async () => {
    render(<Box max={10} start="abc" />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    await userEvent.click(box);
    await userEvent.paste('1234567890XYZ');
    expect(box.value).toBe('abc1234567');
    expect(screen.getByRole('alert').textContent).toMatch(
      /Only the start of what you pasted fitted: this box holds up to 10 characters\. The last 6 characters are not in the note\./,
    );
    const rest = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Text that did not fit',
    });
    expect(rest.value).toBe('890XYZ');
    expect(rest.readOnly).toBe(true);
    expect(screen.getByRole('button', { name: 'Copy the rest' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets a paste that fits through untouched', async () => {
    render(<Box max={10} />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    await userEvent.click(box);
    await userEvent.paste('fits');
    expect(box.value).toBe('fits');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
