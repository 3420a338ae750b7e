/** Small drawings of the notation for the palette and the inspector, in a 32×32 box, matching the canvas symbols. */
const INK = '#1b1f24';

export const processIcon = (
  <>
    <rect x="4" y="5" width="24" height="13" fill="#fff" stroke={INK} strokeWidth="2" />
    <rect x="4" y="18" width="24" height="9" fill="#fff" stroke={INK} strokeWidth="1.5" />
  </>
);

export const inventoryIcon = (
  <>
    <path d="M16 4 L29 27 H3 Z" fill="#fff" stroke={INK} strokeWidth="2" strokeLinejoin="round" />
    <text x="16" y="24" textAnchor="middle" fontSize="12" fontWeight="700" fill={INK}>
      I
    </text>
  </>
);

export const factoryIcon = (
  <path d="M3 28 V13 L3 6 L11 13 L11 6 L19 13 L19 6 L29 13 V28 Z" fill="#fff" stroke={INK} strokeWidth="2" strokeLinejoin="round" />
);

export const truckIcon = (
  <>
    <rect x="2" y="8" width="18" height="13" fill="#fff" stroke={INK} strokeWidth="2" />
    <path d="M20 21 V12 H26 L30 16 V21 Z" fill="#fff" stroke={INK} strokeWidth="2" strokeLinejoin="round" />
    <circle cx="8" cy="25" r="3" fill={INK} />
    <circle cx="25" cy="25" r="3" fill={INK} />
  </>
);

export const supermarketIcon = <path d="M5 5 H27 V27 H5 M5 12.3 H27 M5 19.6 H27" fill="none" stroke={INK} strokeWidth="2.2" strokeLinecap="round" />;

export const fifoLaneIcon = (
  <>
    <path d="M2 8 H30 M2 24 H30" stroke={INK} strokeWidth="2" />
    <text x="16" y="19.5" textAnchor="middle" fontSize="8.5" fontWeight="700" fill={INK}>
      FIFO
    </text>
  </>
);

export const safetyBufferIcon = (
  <>
    <path d="M4 6 V28 H28 V6" fill="none" stroke={INK} strokeWidth="2" />
    <rect x="10" y="21" width="12" height="6" fill="#fff" stroke={INK} strokeWidth="1.5" />
    <rect x="10" y="15" width="12" height="6" fill="#fff" stroke={INK} strokeWidth="1.5" />
    <rect x="10" y="9" width="12" height="6" fill="#fff" stroke={INK} strokeWidth="1.5" />
  </>
);

export const productionControlIcon = (
  <>
    <rect x="3" y="7" width="26" height="18" fill="#fff" stroke={INK} strokeWidth="2" />
    <path d="M8 13 H24 M8 19 H20" stroke={INK} strokeWidth="1.5" />
  </>
);

export const operatorIcon = (
  <>
    <circle cx="16" cy="10" r="6" fill={INK} />
    <path d="M4 29 A12 11 0 0 1 28 29 Z" fill={INK} />
  </>
);

export const goSeeIcon = (
  <>
    <circle cx="10" cy="19" r="6" fill="none" stroke={INK} strokeWidth="2" />
    <circle cx="22" cy="19" r="6" fill="none" stroke={INK} strokeWidth="2" />
    <path d="M16 19 Q16 15 16 19 M4 19 L2 9 M28 19 L30 9" stroke={INK} strokeWidth="2" fill="none" />
  </>
);

export const kaizenBurstIcon = (
  <path
    d="M16 2 L19 9 L26 6 L23 13 L30 16 L23 19 L26 26 L19 23 L16 30 L13 23 L6 26 L9 19 L2 16 L9 13 L6 6 L13 9 Z"
    fill="#fff1e0"
    stroke="#d9480f"
    strokeWidth="2"
    strokeLinejoin="round"
  />
);

export const stickyNoteIcon = <rect x="5" y="5" width="22" height="22" rx="1.5" fill="#ffe270" stroke="rgba(0,0,0,0.3)" />;

export const textIcon = (
  <text x="16" y="23" textAnchor="middle" fontSize="18" fontWeight="600" fill={INK}>
    T
  </text>
);
