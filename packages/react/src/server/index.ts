export { documentPdf, type PdfBrowser, type PdfPage } from './documentPdf';
export {
  type DocumentHtmlOptions,
  type RenderedDocument,
  renderDocumentHtml,
} from './renderDocumentHtml';
