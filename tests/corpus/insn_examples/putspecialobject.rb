alias say puts
