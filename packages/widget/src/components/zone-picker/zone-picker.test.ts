import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { listTimeZones } from '@bookafy/sdk';
import { sendKeys, sendMouse } from '@web/test-runner-commands';

import type { BookafyZoneChangeEvent } from '../../events/zone-change.js';
import { BookafyZonePicker } from './zone-picker.js';

if (!customElements.get('bookafy-zone-picker')) {
  customElements.define('bookafy-zone-picker', BookafyZonePicker);
}

const JANUARY = Date.parse('2027-01-15T12:00:00Z');
const JULY = Date.parse('2027-07-15T12:00:00Z');

function renderPicker(options: { value?: string; locale?: string; now?: number } = {}) {
  return fixture<BookafyZonePicker>(
    html`<bookafy-zone-picker
      value=${options.value ?? 'Europe/Berlin'}
      locale=${options.locale ?? 'en'}
      .now=${options.now ?? JANUARY}
    ></bookafy-zone-picker>`,
  );
}

const inputOf = (picker: BookafyZonePicker) => picker.shadowRoot!.querySelector('input')!;
const optionsOf = (picker: BookafyZonePicker) => [
  ...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const zonesOf = (picker: BookafyZonePicker) => optionsOf(picker).map((o) => o.dataset['zone']);
const statusOf = (picker: BookafyZonePicker) =>
  picker.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/** Focuses the field and types as a visitor would. */
async function type(picker: BookafyZonePicker, text: string) {
  inputOf(picker).focus();
  await sendKeys({ type: text });
  await picker.updateComplete;
}

async function press(picker: BookafyZonePicker, key: string) {
  await sendKeys({ press: key });
  await picker.updateComplete;
}

describe('bookafy-zone-picker', () => {
  it('shows the current zone with its offset at the pinned instant while collapsed', async () => {
    const picker = await renderPicker({ value: 'Asia/Kathmandu' });

    expect(inputOf(picker).value).to.equal('GMT+05:45 Asia/Kathmandu');
    expect(inputOf(picker).getAttribute('aria-expanded')).to.equal('false');
    expect(picker.shadowRoot!.querySelector('.popup')!.hasAttribute('hidden')).to.equal(true);
  });

  it('follows daylight saving time through the now property', async () => {
    const winter = await renderPicker({ value: 'America/New_York', now: JANUARY });
    const summer = await renderPicker({ value: 'America/New_York', now: JULY });

    expect(inputOf(winter).value).to.equal('GMT-05:00 America/New York');
    expect(inputOf(summer).value).to.equal('GMT-04:00 America/New York');
  });

  it('filters by city, with offset and readable name in each option', async () => {
    const picker = await renderPicker();

    await type(picker, 'kathm');

    expect(zonesOf(picker)).to.deep.equal(['Asia/Kathmandu']);
    expect(optionsOf(picker)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'GMT+05:45 Asia/Kathmandu',
    );
    expect(statusOf(picker)).to.equal('1 time zone');
  });

  it('finds a city typed with accents', async () => {
    const picker = await renderPicker();

    await type(picker, 'zürich');

    expect(zonesOf(picker)).to.deep.equal(['Europe/Zurich']);
  });

  it('filters by the name with spaces for underscores', async () => {
    const picker = await renderPicker();

    await type(picker, 'new york');

    expect(zonesOf(picker)).to.deep.equal(['America/New_York']);
  });

  it('filters by offset written as GMT+5:45 or +05:45', async () => {
    const picker = await renderPicker();

    await type(picker, 'GMT+5:45');
    expect(zonesOf(picker)).to.deep.equal(['Asia/Kathmandu']);

    inputOf(picker).select();
    await type(picker, '+05:30');
    expect(zonesOf(picker)).to.include.members(['Asia/Kolkata', 'Asia/Colombo']);
    expect(zonesOf(picker)).not.to.include('Asia/Kathmandu');
  });

  it('chooses with ArrowDown and Enter and fires bookafy-zone-change', async () => {
    const picker = await renderPicker();
    await type(picker, 'kathmandu');

    await press(picker, 'ArrowDown');
    expect(optionsOf(picker)[0]!.getAttribute('aria-selected')).to.equal('true');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event: BookafyZoneChangeEvent = await oneEvent(picker, 'bookafy-zone-change');
    await picker.updateComplete;

    expect(event.detail).to.deep.equal({ timeZone: 'Asia/Kathmandu' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(picker.value).to.equal('Asia/Kathmandu');
    expect(inputOf(picker).value).to.equal('GMT+05:45 Asia/Kathmandu');
    expect(inputOf(picker).getAttribute('aria-expanded')).to.equal('false');
  });

  it('chooses the clicked option', async () => {
    const picker = await renderPicker();
    await type(picker, 'tokyo');

    const option = optionsOf(picker)[0]!;
    const box = option.getBoundingClientRect();
    setTimeout(() => {
      void sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    });
    const event: BookafyZoneChangeEvent = await oneEvent(picker, 'bookafy-zone-change');

    expect(event.detail.timeZone).to.equal('Asia/Tokyo');
    expect(picker.shadowRoot!.activeElement).to.equal(inputOf(picker));
  });

  it('closes on Escape, then puts the current zone back on a second Escape', async () => {
    const picker = await renderPicker();
    let fired = 0;
    picker.addEventListener('bookafy-zone-change', () => fired++);
    await type(picker, 'berl');

    await press(picker, 'Escape');
    expect(inputOf(picker).getAttribute('aria-expanded')).to.equal('false');
    expect(inputOf(picker).value).to.equal('berl');

    await press(picker, 'Escape');
    expect(inputOf(picker).value).to.equal('GMT+01:00 Europe/Berlin');
    expect(picker.value).to.equal('Europe/Berlin');
    expect(fired).to.equal(0);
  });

  it('wires the combobox, its label, the listbox and the active option', async () => {
    const picker = await renderPicker();
    const input = inputOf(picker);

    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Time zone');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    const listbox = picker.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');

    input.focus();
    await press(picker, 'ArrowDown');

    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const active = picker.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active!.dataset['zone']).to.equal('Europe/Berlin');
    expect(active!.getAttribute('aria-selected')).to.equal('true');
  });

  it('moves to the first and last listed zone with Home and End', async () => {
    const picker = await renderPicker();
    await type(picker, '+1');
    await press(picker, 'ArrowDown');

    await press(picker, 'End');
    const zones = zonesOf(picker);
    const activeZone = () =>
      picker.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!.dataset['zone'];
    expect(activeZone()).to.equal(zones.at(-1));

    await press(picker, 'Home');
    expect(activeZone()).to.equal(zones[0]);
  });

  it('lists 50 zones at a time and says how many more match', async () => {
    const picker = await renderPicker();
    const total = listTimeZones(JANUARY).length;

    inputOf(picker).focus();
    await press(picker, 'ArrowDown');

    expect(optionsOf(picker)).to.have.length(50);
    expect(zonesOf(picker)).to.include('Europe/Berlin');
    expect(picker.shadowRoot!.querySelector('.note')!.textContent!.trim()).to.equal(
      `${total - 50} more, keep typing`,
    );
    expect(statusOf(picker)).to.equal(`${total} time zones`);
  });

  it('fires no event when code sets the value', async () => {
    const picker = await renderPicker();
    let fired = 0;
    picker.addEventListener('bookafy-zone-change', () => fired++);

    picker.value = 'Asia/Tokyo';
    await picker.updateComplete;

    expect(inputOf(picker).value).to.equal('GMT+09:00 Asia/Tokyo');
    expect(fired).to.equal(0);
  });

  it('labels the field in Arabic', async () => {
    const picker = await renderPicker({ locale: 'ar' });

    expect(inputOf(picker).labels![0]!.textContent!.trim()).to.equal('المنطقة الزمنية');
    await type(picker, 'kathm');
    expect(statusOf(picker)).to.equal('منطقة زمنية واحدة');
  });

  it('uses the label given in place of the localised one', async () => {
    const picker = await fixture<BookafyZonePicker>(
      html`<bookafy-zone-picker label="Show times in" .now=${JANUARY}></bookafy-zone-picker>`,
    );

    expect(inputOf(picker).labels![0]!.textContent!.trim()).to.equal('Show times in');
  });

  it('puts the list button at the inline end right-to-left', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <bookafy-zone-picker locale="ar" .now=${JANUARY}></bookafy-zone-picker>
      </div>`,
    );
    const picker = container.querySelector('bookafy-zone-picker')!;
    const toggle = picker.shadowRoot!.querySelector('.toggle')!.getBoundingClientRect();
    const field = inputOf(picker).getBoundingClientRect();

    expect(toggle.left - field.left).to.be.lessThan(field.width / 2);
    await expect(container).to.be.accessible();
  });

  it('is accessible closed and open', async () => {
    const picker = await renderPicker();
    await expect(picker).to.be.accessible();

    await type(picker, 'america');
    await press(picker, 'ArrowDown');
    await expect(picker).to.be.accessible();
  });
});
