/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context and permission
 * (often missing inside iframes), so fall back to selecting the text in `fallbackField` and the
 * legacy copy command. Returns whether the text is known to be on the clipboard.
 */
export async function copyText(text: string, fallbackField?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext && clipboardAllowed()) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through
  }
  if (fallbackField) {
    fallbackField.focus();
    fallbackField.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
  return false;
}

type PolicyDocument = Document & { permissionsPolicy?: FeaturePolicy; featurePolicy?: FeaturePolicy };
interface FeaturePolicy {
  allowsFeature(feature: string): boolean;
}

/**
 * Whether the permissions policy lets this document write to the clipboard: an iframe needs
 * allow="clipboard-write" from its parent, and asking without it logs a policy violation as a
 * console error (the fallback below is the quiet way).
 */
function clipboardAllowed(): boolean {
  const policy = (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  return policy ? policy.allowsFeature('clipboard-write') : true;
}
