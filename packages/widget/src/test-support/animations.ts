/**
 * Resolves once every animation running in the page, shadow trees included, has finished: a
 * dialog's fade-in blends its colours until then, which axe would measure as poor contrast.
 */
export async function animationsFinished(): Promise<void> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}
