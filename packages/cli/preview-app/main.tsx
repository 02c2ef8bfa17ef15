import { createRoot } from 'react-dom/client';
import { PreviewApp } from './PreviewApp';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PreviewApp />);
