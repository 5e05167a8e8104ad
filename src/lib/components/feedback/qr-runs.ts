/** A horizontal run of dark modules: one SVG rect instead of one per module. */
export interface QrRun {
	x: number;
	y: number;
	width: number;
}

/** The dark runs of each row of a QR matrix (rows of dark = true), left to right, top to bottom. */
export function qrRuns(modules: readonly (readonly boolean[])[]): QrRun[] {
	const runs: QrRun[] = [];
	modules.forEach((row, y) => {
		let start = -1;
		for (let x = 0; x <= row.length; x++) {
			const dark = x < row.length && row[x] === true;
			if (dark && start < 0) start = x;
			if (!dark && start >= 0) {
				runs.push({ x: start, y, width: x - start });
				start = -1;
			}
		}
	});
	return runs;
}
