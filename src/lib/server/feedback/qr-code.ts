import encodeQR from 'qr';

/**
 * The modules of a QR code for `text`, quiet zone included (4 modules, as ISO/IEC 18004 asks),
 * as rows of dark (true) and light. Error correction "medium" (15%): a printed poster gets
 * scuffed, and the address is short enough that the code stays small.
 */
export function qrModules(text: string): boolean[][] {
	return encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
}
