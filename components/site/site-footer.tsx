export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>
          © {new Date().getFullYear()} {siteName}. Powered by Sapo.
        </p>
      </div>
    </footer>
  );
}
