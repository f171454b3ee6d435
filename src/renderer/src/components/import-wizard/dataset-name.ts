/** A dataset's name from its file's: without the extension, nor a .gz or .zip around it. */
export const datasetName = (file: string) => file.replace(/\.(gz|zip)$/i, '').replace(/\.[^.]+$/, '');
