import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/App';
import { TASK_MAX_LENGTH } from '../../../src/state/appUrl';

function openEmbed(query: string) {
  window.history.replaceState(null, '', `/courses/x/${query}`);
  render(<App />);
}

describe('the teacher’s task above an embed', () => {
  it('shows the task as text: markup and script appear as typed and create no element', () => {
    const task = '<img src=x onerror="alert(1)"><script>alert(2)</script> Find the <b>kink</b>';
    openEmbed(`?embed=surrogate&task=${encodeURIComponent(task)}`);
    const card = screen.getByRole('region', { name: 'Task' });
    expect(within(card).getByText(task)).toBeTruthy();
    expect(card.querySelector('img, script, b')).toBeNull();
    expect(within(card).queryByText(/has been cut/)).toBeNull();
    // The task is the link's, not a panel setting: no "not a setting" notice.
    expect(screen.queryByText(/is not a setting/)).toBeNull();
  });

  it('cuts a long task with a notice, in Chinese too', () => {
    openEmbed(`?embed=softmax&lang=zh-CN&task=${'很长的任务'.repeat(100)}`);
    const card = screen.getByRole('region', { name: '任务' });
    expect(Array.from(card.querySelector('.task-card-text')?.textContent ?? '')).toHaveLength(TASK_MAX_LENGTH + 1);
    expect(within(card).getByText(`任务超过 ${TASK_MAX_LENGTH} 个字符，已被截断。`)).toBeTruthy();
  });

  it('is absent without task=', () => {
    openEmbed('?embed=softmax');
    expect(screen.queryByRole('region', { name: 'Task' })).toBeNull();
  });
});

describe('the embed dialog’s task field', () => {
  it('puts the task into the snippet and counts its characters', async () => {
    window.history.replaceState(null, '', '/courses/x/?panel=softmax');
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const field = (await screen.findByLabelText(/Task shown above the panel/, {}, { timeout: 15_000 })) as HTMLTextAreaElement;
    expect(field.maxLength).toBe(TASK_MAX_LENGTH);
    fireEvent.change(field, { target: { value: 'Raise T & watch "p"' } });
    const code = (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;
    expect(code).toContain('&amp;task=Raise+T+%26+watch+%22p%22&amp;');
    expect(screen.getByText(`19 of ${TASK_MAX_LENGTH} characters`)).toBeTruthy();
  });
});
