import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM. The console's page allows no
 * inline style attributes (`style-src 'self'`), and `styleMap` writes one on its first render,
 * which that policy drops; `style.setProperty` is not affected.
 */
class CssPropertiesDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element.');
  }

  render(_properties: Readonly<Record<`--${string}`, string | number>>) {
    return nothing;
  }

  override update(
    part: ElementPart,
    [properties]: [Readonly<Record<`--${string}`, string | number>>],
  ) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, String(value));
    return noChange;
  }
}

/** Sets the given custom properties (`{ '--top': 540 }`) on the element it is bound to. */
export const cssProperties = directive(CssPropertiesDirective);
