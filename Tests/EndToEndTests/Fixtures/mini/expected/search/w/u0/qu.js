plansiteSearchLoaded("w/u0/qu",{
"qua":[0,-2,0,-3,1,-3]
});
