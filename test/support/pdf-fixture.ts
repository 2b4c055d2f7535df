/** A tiny but well-formed one-page PDF, for attachment tests. */
export function minimalPdf(label = 'Blankett'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 24 Tf 72 760 Td (${label}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  return assemble(objects);
}

/** A well-formed PDF of `pages` A4 pages, each with its number and a few lines of text (a form, a routine). */
export function pagedPdf(label: string, pages: number): Buffer {
  const pageIds = Array.from({ length: pages }, (_, k) => 4 + 2 * k);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (let k = 0; k < pages; k++) {
    const lines = [
      `${label} - sida ${k + 1} av ${pages}`,
      ...Array.from({ length: 30 }, (_, n) => `Rad ${n + 1}: text som fyller sidan som i en riktig blankett.`),
    ];
    const stream = `BT /F1 11 Tf 72 770 Td 14 TL ${lines.map((l) => `(${l}) '`).join(' ')} ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageIds[k]! + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    );
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  return assemble(objects);
}

/** Numbers the objects (object 1 is the catalogue) and writes the cross-reference table. */
function assemble(objects: readonly (string | null)[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
