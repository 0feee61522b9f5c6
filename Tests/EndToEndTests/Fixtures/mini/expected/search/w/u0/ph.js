plansiteSearchLoaded("w/u0/ph",{
"phi":[0,3,1,5],
"phong":[0,0]
});
