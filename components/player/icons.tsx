// The player's inline icons. Decorative: the button around each one carries the accessible name.
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;

function Icon({ children, ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.9"
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}
    >
      {children}
    </svg>
  );
}

export const PlayIcon = (p: IconProps) => <Icon {...p}><path d="M7 4.5v15l12-7.5z" fill="currentColor" /></Icon>;
export const PauseIcon = (p: IconProps) => <Icon {...p}><path d="M7 5h3v14H7zM14 5h3v14h-3z" fill="currentColor" /></Icon>;
export const StepBackIcon = (p: IconProps) => <Icon {...p}><path d="M15 6l-6 6 6 6" /></Icon>;
export const StepForwardIcon = (p: IconProps) => <Icon {...p}><path d="M9 6l6 6-6 6" /></Icon>;
export const PrevCallIcon = (p: IconProps) => <Icon {...p}><path d="M6 5v14M18 6l-7 6 7 6z" fill="currentColor" /></Icon>;
export const NextCallIcon = (p: IconProps) => <Icon {...p}><path d="M18 5v14M6 6l7 6-7 6z" fill="currentColor" /></Icon>;
export const DownloadIcon = (p: IconProps) => <Icon {...p}><path d="M12 4v11M7 10l5 5 5-5M5 20h14" /></Icon>;
export const OpenIcon = (p: IconProps) => <Icon {...p}><path d="M12 20V9M7 14l5-5 5 5M5 4h14" /></Icon>;
export const ZoomInIcon = (p: IconProps) => <Icon {...p}><circle cx="11" cy="11" r="6.5" /><path d="M20 20l-4.4-4.4M8 11h6M11 8v6" /></Icon>;
export const ZoomOutIcon = (p: IconProps) => <Icon {...p}><circle cx="11" cy="11" r="6.5" /><path d="M20 20l-4.4-4.4M8 11h6" /></Icon>;
export const FitIcon = (p: IconProps) => <Icon {...p}><path d="M4 9V5h4M20 9V5h-4M4 15v4h4M20 15v4h-4" /></Icon>;
export const LiveIcon = (p: IconProps) => <Icon {...p}><circle cx="12" cy="12" r="3" fill="currentColor" /><path d="M7.8 7.8a6 6 0 0 0 0 8.4M16.2 7.8a6 6 0 0 1 0 8.4" /></Icon>;
